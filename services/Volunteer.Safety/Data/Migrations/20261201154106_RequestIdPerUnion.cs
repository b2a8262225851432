using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Safety.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestIdPerUnion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_policies_request_id",
                table: "policies");

            migrationBuilder.DropIndex(
                name: "ix_incidents_request_id",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "ix_policies_holder_union_id_request_id",
                table: "policies",
                columns: new[] { "holder_union_id", "request_id" },
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_union_id_request_id",
                table: "incidents",
                columns: new[] { "union_id", "request_id" },
                unique: true,
                filter: "request_id is not null");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_policies_holder_union_id_request_id",
                table: "policies");

            migrationBuilder.DropIndex(
                name: "ix_incidents_union_id_request_id",
                table: "incidents");

            migrationBuilder.CreateIndex(
                name: "ix_policies_request_id",
                table: "policies",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_incidents_request_id",
                table: "incidents",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");
        }
    }
}
