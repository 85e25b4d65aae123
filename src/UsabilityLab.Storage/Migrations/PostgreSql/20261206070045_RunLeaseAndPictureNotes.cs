using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace UsabilityLab.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RunLeaseAndPictureNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Unrestored",
                table: "TaskAttempts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "Runs",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "HeartbeatUnixMs",
                table: "Runs",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LeaseOwner",
                table: "Runs",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "PageSnapshots",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Unrestored",
                table: "TaskAttempts");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "HeartbeatUnixMs",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "LeaseOwner",
                table: "Runs");

            migrationBuilder.DropColumn(
                name: "Note",
                table: "PageSnapshots");
        }
    }
}
