using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Activity.Data.Migrations
{
    /// <inheritdoc />
    public partial class ActivityVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "activities",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "xmin",
                table: "activities");
        }
    }
}
