using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class Unions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "unions");
        }
    }
}
