using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class DigestVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_digests_kind_scope_key_period_start",
                table: "digests");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "registered_at",
                table: "union_targets",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "final_from",
                table: "digests",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "digests",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            // Digests produced before versions: ten working days are two weeks when no public holiday
            // falls in between; the holidays are configuration, out of a migration's reach.
            migrationBuilder.Sql("update digests set final_from = period_end + 15");

            migrationBuilder.CreateIndex(
                name: "ix_digests_kind_scope_key_period_start_version",
                table: "digests",
                columns: new[] { "kind", "scope_key", "period_start", "version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_digests_kind_scope_key_period_start_version",
                table: "digests");

            migrationBuilder.DropColumn(
                name: "registered_at",
                table: "union_targets");

            migrationBuilder.DropColumn(
                name: "final_from",
                table: "digests");

            migrationBuilder.DropColumn(
                name: "version",
                table: "digests");

            migrationBuilder.CreateIndex(
                name: "ix_digests_kind_scope_key_period_start",
                table: "digests",
                columns: new[] { "kind", "scope_key", "period_start" },
                unique: true);
        }
    }
}
