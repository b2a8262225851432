using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Safety.Data.Migrations
{
    /// <inheritdoc />
    public partial class PolicyRevisionsAndTeamCaptains : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "revision",
                table: "policies",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<List<Guid>>(
                name: "team_ids",
                table: "activities",
                type: "uuid[]",
                nullable: false,
                defaultValueSql: "'{}'::uuid[]");

            migrationBuilder.CreateTable(
                name: "policy_revisions",
                columns: table => new
                {
                    policy_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false),
                    changed_fields = table.Column<string[]>(type: "text[]", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_policy_revisions", x => new { x.policy_id, x.revision });
                    table.ForeignKey(
                        name: "fk_policy_revisions_policies_policy_id",
                        column: x => x.policy_id,
                        principalTable: "policies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "team_captaincies",
                columns: table => new
                {
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    leads = table.Column<bool>(type: "boolean", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_captaincies", x => new { x.team_id, x.volunteer_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_team_captaincies_volunteer_id",
                table: "team_captaincies",
                column: "volunteer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_revisions");

            migrationBuilder.DropTable(
                name: "team_captaincies");

            migrationBuilder.DropColumn(
                name: "revision",
                table: "policies");

            migrationBuilder.DropColumn(
                name: "team_ids",
                table: "activities");
        }
    }
}
