using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UsabilityLab.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PageViewBackdrops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PageSnapshots_RunId_PageKey_ViewportWidth",
                table: "PageSnapshots");

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "PageSnapshots",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_PageSnapshots_RunId_PageKey_ViewportWidth_State",
                table: "PageSnapshots",
                columns: new[] { "RunId", "PageKey", "ViewportWidth", "State" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PageSnapshots_RunId_PageKey_ViewportWidth_State",
                table: "PageSnapshots");

            migrationBuilder.DropColumn(
                name: "State",
                table: "PageSnapshots");

            migrationBuilder.CreateIndex(
                name: "IX_PageSnapshots_RunId_PageKey_ViewportWidth",
                table: "PageSnapshots",
                columns: new[] { "RunId", "PageKey", "ViewportWidth" },
                unique: true);
        }
    }
}
