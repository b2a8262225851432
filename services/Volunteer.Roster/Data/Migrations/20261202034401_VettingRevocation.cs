using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class VettingRevocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "vetting_revocation_reason",
                table: "staff_volunteers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "vetting_revoked_at",
                table: "staff_volunteers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "vetting_revoked_by",
                table: "staff_volunteers",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "vetting_revocation_reason",
                table: "staff_volunteers");

            migrationBuilder.DropColumn(
                name: "vetting_revoked_at",
                table: "staff_volunteers");

            migrationBuilder.DropColumn(
                name: "vetting_revoked_by",
                table: "staff_volunteers");
        }
    }
}
