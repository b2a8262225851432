using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Volunteer.Activity.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_year = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    form = table.Column<int>(type: "integer", nullable: false),
                    domain = table.Column<int>(type: "integer", nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    need_id = table.Column<Guid>(type: "uuid", nullable: true),
                    team_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    departs_on = table.Column<DateOnly>(type: "date", nullable: false),
                    returns_on = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "text", nullable: false),
                    leader_name = table.Column<string>(type: "text", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    risk_statement = table.Column<string>(type: "text", nullable: false),
                    budget_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    funding_source = table.Column<int>(type: "integer", nullable: false),
                    outside_window_reason = table.Column<string>(type: "text", nullable: true),
                    meeting_days = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    record_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    cancel_reason = table.Column<string>(type: "text", nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    planned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    clearance = table.Column<string>(type: "jsonb", nullable: true),
                    outcomes = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_days",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    checked_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    travel_minutes = table.Column<int>(type: "integer", nullable: false),
                    place = table.Column<string>(type: "text", nullable: true),
                    evidence = table.Column<string>(type: "text", nullable: true),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    hours_status = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_days", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.consumer, x.message_id });
                });

            migrationBuilder.CreateTable(
                name: "known_teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    specialty = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_teams", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "known_volunteers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    skills_stated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_volunteers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_type = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    trace_state = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sites",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<int>(type: "integer", nullable: false),
                    region_code = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    contact_name = table.Column<string>(type: "text", nullable: true),
                    contact_phone = table.Column<string>(type: "text", nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sites", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "union_nodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    region_code = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_union_nodes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    activity_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    notice = table.Column<string>(type: "text", nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => new { x.activity_id, x.volunteer_id });
                    table.ForeignKey(
                        name: "fk_participants_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "attendance_corrections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    attendance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    revision = table.Column<int>(type: "integer", nullable: false),
                    checked_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    checked_out_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    travel_minutes = table.Column<int>(type: "integer", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    corrected_by = table.Column<string>(type: "text", nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance_corrections", x => x.id);
                    table.ForeignKey(
                        name: "fk_attendance_corrections_attendance_days_attendance_id",
                        column: x => x.attendance_id,
                        principalTable: "attendance_days",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "known_team_members",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_team_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_known_team_members_known_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "known_teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "needs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    domain = table.Column<int>(type: "integer", nullable: false),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    wished_from = table.Column<DateOnly>(type: "date", nullable: false),
                    wished_to = table.Column<DateOnly>(type: "date", nullable: false),
                    risk_statement = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    matched_team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs", x => x.id);
                    table.ForeignKey(
                        name: "fk_needs_sites_site_id",
                        column: x => x.site_id,
                        principalTable: "sites",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_record_due_on_id",
                table: "activities",
                columns: new[] { "record_due_on", "id" },
                filter: "status not in (7, 8)");

            migrationBuilder.CreateIndex(
                name: "ix_activities_request_id",
                table: "activities",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_activities_team_ids",
                table: "activities",
                column: "team_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_activities_union_id_id",
                table: "activities",
                columns: new[] { "union_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_corrections_attendance_id",
                table: "attendance_corrections",
                column: "attendance_id");

            migrationBuilder.CreateIndex(
                name: "ix_attendance_days_activity_id_volunteer_id_day",
                table: "attendance_days",
                columns: new[] { "activity_id", "volunteer_id", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attendance_days_volunteer_id_day",
                table: "attendance_days",
                columns: new[] { "volunteer_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_known_team_members_team_id",
                table: "known_team_members",
                column: "team_id");

            migrationBuilder.CreateIndex(
                name: "ix_known_team_members_volunteer_id_team_id",
                table: "known_team_members",
                columns: new[] { "volunteer_id", "team_id" });

            migrationBuilder.CreateIndex(
                name: "ix_known_teams_union_id",
                table: "known_teams",
                column: "union_id");

            migrationBuilder.CreateIndex(
                name: "ix_needs_request_id",
                table: "needs",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_needs_site_id",
                table: "needs",
                column: "site_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at is null");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_sent",
                table: "outbox_messages",
                column: "sent_at",
                filter: "sent_at is not null");

            migrationBuilder.CreateIndex(
                name: "ix_participants_volunteer_id_activity_id",
                table: "participants",
                columns: new[] { "volunteer_id", "activity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_sites_request_id",
                table: "sites",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_sites_union_id_id",
                table: "sites",
                columns: new[] { "union_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_union_nodes_parent_id",
                table: "union_nodes",
                column: "parent_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_corrections");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "known_team_members");

            migrationBuilder.DropTable(
                name: "known_volunteers");

            migrationBuilder.DropTable(
                name: "needs");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "union_nodes");

            migrationBuilder.DropTable(
                name: "attendance_days");

            migrationBuilder.DropTable(
                name: "known_teams");

            migrationBuilder.DropTable(
                name: "sites");

            migrationBuilder.DropTable(
                name: "activities");
        }
    }
}
