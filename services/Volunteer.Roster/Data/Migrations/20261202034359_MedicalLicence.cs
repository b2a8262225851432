using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class MedicalLicence : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "licence_medical",
                table: "staff_volunteers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Licences recorded before the category existed: only the practising licences of doctors, nurses and
            // village doctors count as medical; any other stays not medical until it is corrected, so nobody is
            // admitted to 送医 on a licence not known to be medical.
            migrationBuilder.Sql("""
                update staff_volunteers set licence_medical = true
                where licence_kind like '%医师%' or licence_kind like '%护士%' or licence_kind like '%乡村医生%'
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "licence_medical",
                table: "staff_volunteers");
        }
    }
}
