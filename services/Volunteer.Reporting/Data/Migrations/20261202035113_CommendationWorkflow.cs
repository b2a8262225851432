using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class CommendationWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commendation_publications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_year = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "text", nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_commendation_publications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "nominations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_year = table.Column<int>(type: "integer", nullable: false),
                    team = table.Column<bool>(type: "boolean", nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    hours = table.Column<decimal>(type: "numeric", nullable: false),
                    activities = table.Column<int>(type: "integer", nullable: false),
                    beneficiaries = table.Column<int>(type: "integer", nullable: false),
                    on_time_share = table.Column<double>(type: "double precision", nullable: false),
                    open_serious_incidents = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    decision_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    nominated_by = table.Column<string>(type: "text", nullable: false),
                    nominated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    publication_id = table.Column<Guid>(type: "uuid", nullable: true),
                    publication_version = table.Column<int>(type: "integer", nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nominations", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_commendation_publications_campaign_year_version",
                table: "commendation_publications",
                columns: new[] { "campaign_year", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_commendation_publications_request_id",
                table: "commendation_publications",
                column: "request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nominations_campaign_year_status",
                table: "nominations",
                columns: new[] { "campaign_year", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_nominations_subject_id_campaign_year_team",
                table: "nominations",
                columns: new[] { "subject_id", "campaign_year", "team" },
                unique: true,
                filter: "status <> 'withdrawn'");

            migrationBuilder.CreateIndex(
                name: "ix_nominations_subject_id_request_id",
                table: "nominations",
                columns: new[] { "subject_id", "request_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commendation_publications");

            migrationBuilder.DropTable(
                name: "nominations");
        }
    }
}
