using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Volunteer.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentWithdrawalAndDisclosures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "consent_withdrawal_reason",
                table: "staff_volunteers",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "consent_withdrawn_at",
                table: "staff_volunteers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "disclosures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    actor_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    union_id = table.Column<Guid>(type: "uuid", nullable: false),
                    union_path = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true),
                    format = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    row_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosures", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_union_path",
                table: "disclosures",
                column: "union_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_volunteer_id_at",
                table: "disclosures",
                columns: new[] { "volunteer_id", "at" });

            // Earlier reveals join the audit: ids are UUIDv7 from the read time, so paging keeps them in time order.
            migrationBuilder.Sql("""
                insert into disclosures (id, kind, actor_subject, actor_role, at, volunteer_id, union_id, union_path, row_count)
                select (lpad(to_hex((extract(epoch from r.read_at) * 1000)::bigint), 12, '0') || '7'
                        || substr(md5(r.id::text), 1, 3) || '8' || substr(md5(r.id::text), 4, 15))::uuid,
                       'IdNumberReveal', r.reader_subject, r.reader_role, r.read_at, r.volunteer_id, v.union_id,
                       v.union_path, 1
                from id_number_reads r join staff_volunteers v on v.id = r.volunteer_id;
                """);

            migrationBuilder.DropTable(
                name: "id_number_reads");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "consent_withdrawal_reason",
                table: "staff_volunteers");

            migrationBuilder.DropColumn(
                name: "consent_withdrawn_at",
                table: "staff_volunteers");

            migrationBuilder.CreateTable(
                name: "id_number_reads",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reader_role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reader_subject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    volunteer_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_id_number_reads", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_id_number_reads_volunteer_id_read_at",
                table: "id_number_reads",
                columns: new[] { "volunteer_id", "read_at" });

            migrationBuilder.Sql("""
                insert into id_number_reads (volunteer_id, reader_subject, reader_role, read_at)
                select volunteer_id, actor_subject, actor_role, at from disclosures where kind = 'IdNumberReveal';
                """);

            migrationBuilder.DropTable(
                name: "disclosures");
        }
    }
}
