using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Activity.Data.Migrations
{
    /// <inheritdoc />
    public partial class RequestIdPerUnion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sites_request_id",
                table: "sites");

            migrationBuilder.DropIndex(
                name: "ix_needs_request_id",
                table: "needs");

            migrationBuilder.DropIndex(
                name: "ix_activities_request_id",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "ix_sites_union_id_request_id",
                table: "sites",
                columns: new[] { "union_id", "request_id" },
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_needs_union_id_request_id",
                table: "needs",
                columns: new[] { "union_id", "request_id" },
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_activities_union_id_request_id",
                table: "activities",
                columns: new[] { "union_id", "request_id" },
                unique: true,
                filter: "request_id is not null");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sites_union_id_request_id",
                table: "sites");

            migrationBuilder.DropIndex(
                name: "ix_needs_union_id_request_id",
                table: "needs");

            migrationBuilder.DropIndex(
                name: "ix_activities_union_id_request_id",
                table: "activities");

            migrationBuilder.CreateIndex(
                name: "ix_sites_request_id",
                table: "sites",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_needs_request_id",
                table: "needs",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_activities_request_id",
                table: "activities",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");
        }
    }
}
