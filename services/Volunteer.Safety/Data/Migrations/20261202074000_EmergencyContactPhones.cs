using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Safety.Data.Migrations
{
    /// <inheritdoc />
    public partial class EmergencyContactPhones : Migration
    {
        // Contacts live in the emergency_contacts jsonb column: no schema change. Contacts saved before
        // keep no phone (nullable), and their plan needs the phones saved before it can be submitted.

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
