using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestIdsPerOwner : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_typical_cases_request_id",
                table: "typical_cases");

            migrationBuilder.DropIndex(
                name: "ix_record_corrections_request_id",
                table: "record_corrections");

            migrationBuilder.DropIndex(
                name: "ix_certificates_request_id",
                table: "certificates");

            migrationBuilder.CreateIndex(
                name: "ix_typical_cases_union_id_request_id",
                table: "typical_cases",
                columns: new[] { "union_id", "request_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_record_corrections_volunteer_id_request_id",
                table: "record_corrections",
                columns: new[] { "volunteer_id", "request_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_volunteer_id_request_id",
                table: "certificates",
                columns: new[] { "volunteer_id", "request_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_typical_cases_union_id_request_id",
                table: "typical_cases");

            migrationBuilder.DropIndex(
                name: "ix_record_corrections_volunteer_id_request_id",
                table: "record_corrections");

            migrationBuilder.DropIndex(
                name: "ix_certificates_volunteer_id_request_id",
                table: "certificates");

            migrationBuilder.CreateIndex(
                name: "ix_typical_cases_request_id",
                table: "typical_cases",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_record_corrections_request_id",
                table: "record_corrections",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_certificates_request_id",
                table: "certificates",
                column: "request_id",
                unique: true);
        }
    }
}
