using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Volunteer.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffVolunteers : Migration
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

            migrationBuilder.CreateIndex(
                name: "ix_id_number_reads_volunteer_id_read_at",
                table: "id_number_reads",
                columns: new[] { "volunteer_id", "read_at" });

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
                name: "id_number_reads");

            migrationBuilder.DropTable(
                name: "volunteer_honours");

            migrationBuilder.DropTable(
                name: "staff_volunteers");
        }
    }
}
