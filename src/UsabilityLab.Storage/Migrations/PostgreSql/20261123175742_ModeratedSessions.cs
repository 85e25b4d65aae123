using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace UsabilityLab.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ModeratedSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AudioClips",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    StartMs = table.Column<double>(type: "double precision", nullable: false),
                    EndMs = table.Column<double>(type: "double precision", nullable: true),
                    MimeType = table.Column<string>(type: "text", maxLength: 100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudioClips", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AudioClips_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ClockPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    AttemptId = table.Column<long>(type: "bigint", nullable: true),
                    StartMs = table.Column<double>(type: "double precision", nullable: false),
                    EndMs = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClockPauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClockPauses_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScreenFrames",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<long>(type: "bigint", nullable: false),
                    TimeMs = table.Column<double>(type: "double precision", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Jpeg = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScreenFrames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScreenFrames_Sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "Sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AudioChunks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClipId = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Data = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudioChunks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AudioChunks_AudioClips_ClipId",
                        column: x => x.ClipId,
                        principalTable: "AudioClips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AudioChunks_ClipId_Sequence",
                table: "AudioChunks",
                columns: new[] { "ClipId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AudioClips_SessionId",
                table: "AudioClips",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ClockPauses_SessionId",
                table: "ClockPauses",
                column: "SessionId");

            migrationBuilder.CreateIndex(
                name: "IX_ScreenFrames_SessionId_TimeMs",
                table: "ScreenFrames",
                columns: new[] { "SessionId", "TimeMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AudioChunks");

            migrationBuilder.DropTable(
                name: "ClockPauses");

            migrationBuilder.DropTable(
                name: "ScreenFrames");

            migrationBuilder.DropTable(
                name: "AudioClips");
        }
    }
}
