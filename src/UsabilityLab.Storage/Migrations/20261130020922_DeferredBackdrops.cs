using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UsabilityLab.Storage.Migrations
{
    /// <inheritdoc />
    public partial class DeferredBackdrops : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<byte[]>(
                name: "Png",
                table: "PageSnapshots",
                type: "BLOB",
                nullable: true,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.AddColumn<byte[]>(
                name: "Archive",
                table: "PageSnapshots",
                type: "BLOB",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ViewportHeight",
                table: "PageSnapshots",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Archive",
                table: "PageSnapshots");

            migrationBuilder.DropColumn(
                name: "ViewportHeight",
                table: "PageSnapshots");

            migrationBuilder.AlterColumn<byte[]>(
                name: "Png",
                table: "PageSnapshots",
                type: "BLOB",
                nullable: false,
                defaultValue: new byte[0],
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldNullable: true);
        }
    }
}
