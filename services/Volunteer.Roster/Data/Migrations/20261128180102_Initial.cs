using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Volunteer.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "id_number_reads",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reader_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    reader_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_id_number_reads", x => x.id);
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
                name: "unions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    region_code = table.Column<string>(type: "character(6)", fixedLength: true, maxLength: 6, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    team_target = table.Column<int>(type: "integer", nullable: false),
                    people_target = table.Column<int>(type: "integer", nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unions", x => x.id);
                    table.ForeignKey(
                        name: "fk_unions_unions_parent_id",
                        column: x => x.parent_id,
                        principalTable: "unions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_volunteers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    id_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    id_number_encrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                    id_number_lookup_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    id_number_masked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    gender = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: false),
                    phone_encrypted = table.Column<byte[]>(type: "bytea", nullable: false),
                    phone_masked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    residence_region_code = table.Column<string>(type: "text", nullable: true),
                    employer = table.Column<string>(type: "text", nullable: true),
                    profession = table.Column<string>(type: "text", nullable: true),
                    skills = table.Column<List<string>>(type: "text[]", nullable: false),
                    licence_kind = table.Column<string>(type: "text", nullable: true),
                    licence_number = table.Column<string>(type: "text", nullable: true),
                    licence_valid_until = table.Column<DateOnly>(type: "date", nullable: true),
                    emergency_contact_name = table.Column<string>(type: "text", nullable: true),
                    emergency_contact_relationship = table.Column<string>(type: "text", nullable: true),
                    emergency_contact_phone_encrypted = table.Column<byte[]>(type: "bytea", nullable: true),
                    emergency_contact_phone_masked = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    national_volunteer_number = table.Column<string>(type: "text", nullable: true),
                    participation_consent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    participation_consent_version = table.Column<string>(type: "text", nullable: false),
                    sensitive_data_consent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sensitive_data_consent_version = table.Column<string>(type: "text", nullable: true),
                    vetting = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    vetting_reviewer = table.Column<string>(type: "text", nullable: true),
                    vetting_decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    vetting_reason = table.Column<string>(type: "text", nullable: true),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_volunteers", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_volunteers_unions_union_id",
                        column: x => x.union_id,
                        principalTable: "unions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "teams",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    specialty = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    activated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    disbanded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_teams", x => x.id);
                    table.ForeignKey(
                        name: "fk_teams_unions_union_id",
                        column: x => x.union_id,
                        principalTable: "unions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    granting_body = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_awards_staff_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "staff_volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "trainings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    hours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    organiser = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_trainings", x => x.id);
                    table.ForeignKey(
                        name: "fk_trainings_staff_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "staff_volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "volunteer_honours",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_volunteer_honours", x => x.id);
                    table.ForeignKey(
                        name: "fk_volunteer_honours_staff_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "staff_volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_memberships",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    team_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    volunteer_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    approved = table.Column<bool>(type: "boolean", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_memberships", x => x.id);
                    table.ForeignKey(
                        name: "fk_team_memberships_staff_volunteers_volunteer_id",
                        column: x => x.volunteer_id,
                        principalTable: "staff_volunteers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_team_memberships_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_awards_request_id",
                table: "awards",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_awards_volunteer_id_date",
                table: "awards",
                columns: new[] { "volunteer_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_id_number_reads_volunteer_id_read_at",
                table: "id_number_reads",
                columns: new[] { "volunteer_id", "read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

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
                name: "ix_staff_volunteers_id_number_lookup_hash",
                table: "staff_volunteers",
                column: "id_number_lookup_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_volunteers_request_id",
                table: "staff_volunteers",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_staff_volunteers_skills",
                table: "staff_volunteers",
                column: "skills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_staff_volunteers_union_id",
                table: "staff_volunteers",
                column: "union_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_volunteers_union_path",
                table: "staff_volunteers",
                column: "union_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_volunteers_vetting_id",
                table: "staff_volunteers",
                columns: new[] { "vetting", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_team_memberships_team_id_volunteer_id",
                table: "team_memberships",
                columns: new[] { "team_id", "volunteer_id" },
                unique: true,
                filter: "left_on is null");

            migrationBuilder.CreateIndex(
                name: "ix_team_memberships_volunteer_id_team_id",
                table: "team_memberships",
                columns: new[] { "volunteer_id", "team_id" });

            migrationBuilder.CreateIndex(
                name: "ix_teams_request_id",
                table: "teams",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_teams_union_id",
                table: "teams",
                column: "union_id");

            migrationBuilder.CreateIndex(
                name: "ix_teams_union_path",
                table: "teams",
                column: "union_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_trainings_request_id",
                table: "trainings",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_volunteer_id_date",
                table: "trainings",
                columns: new[] { "volunteer_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_unions_parent_id",
                table: "unions",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_unions_path",
                table: "unions",
                column: "path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_unions_region_code_id",
                table: "unions",
                columns: new[] { "region_code", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_unions_request_id",
                table: "unions",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_unions_single_provincial",
                table: "unions",
                column: "kind",
                unique: true,
                filter: "kind = 'Provincial'");

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_honours_kind_volunteer_id",
                table: "volunteer_honours",
                columns: new[] { "kind", "volunteer_id" });

            migrationBuilder.CreateIndex(
                name: "ix_volunteer_honours_volunteer_id",
                table: "volunteer_honours",
                column: "volunteer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "id_number_reads");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "team_memberships");

            migrationBuilder.DropTable(
                name: "trainings");

            migrationBuilder.DropTable(
                name: "volunteer_honours");

            migrationBuilder.DropTable(
                name: "teams");

            migrationBuilder.DropTable(
                name: "staff_volunteers");

            migrationBuilder.DropTable(
                name: "unions");
        }
    }
}
