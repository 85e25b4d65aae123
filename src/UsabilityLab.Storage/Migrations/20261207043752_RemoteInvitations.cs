using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UsabilityLab.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RemoteInvitations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StudyPath = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    StudyName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    RunId = table.Column<long>(type: "INTEGER", nullable: true),
                    Participant = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Moderated = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ExpiresUnixMs = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_StudyPath_Participant",
                table: "Invitations",
                columns: new[] { "StudyPath", "Participant" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Invitations");
        }
    }
}
