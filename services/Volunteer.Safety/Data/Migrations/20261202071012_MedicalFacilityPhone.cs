using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Safety.Data.Migrations
{
    /// <inheritdoc />
    public partial class MedicalFacilityPhone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "facility_phone",
                table: "safety_plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "facility_phone",
                table: "safety_plans");
        }
    }
}
