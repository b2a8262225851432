using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Roster.Data.Migrations
{
    /// <inheritdoc />
    public partial class ScopedRequestIdsAndBounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_unions_parent_id",
                table: "unions");

            migrationBuilder.DropIndex(
                name: "ix_unions_request_id",
                table: "unions");

            migrationBuilder.DropIndex(
                name: "ix_trainings_request_id",
                table: "trainings");

            migrationBuilder.DropIndex(
                name: "ix_teams_request_id",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_teams_union_id",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_staff_volunteers_request_id",
                table: "staff_volunteers");

            migrationBuilder.DropIndex(
                name: "ix_staff_volunteers_union_id",
                table: "staff_volunteers");

            migrationBuilder.DropIndex(
                name: "ix_awards_request_id",
                table: "awards");

            // Values past the new bounds could only come from hostile requests the edge now refuses; they are
            // cut rather than failing the migration.
            migrationBuilder.Sql("""
                update staff_volunteers set
                    national_volunteer_number = left(national_volunteer_number, 40),
                    emergency_contact_relationship = left(emergency_contact_relationship, 20),
                    emergency_contact_name = left(emergency_contact_name, 50)
                where length(national_volunteer_number) > 40 or length(emergency_contact_relationship) > 20
                    or length(emergency_contact_name) > 50
                """);

            migrationBuilder.AlterColumn<string>(
                name: "national_volunteer_number",
                table: "staff_volunteers",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "emergency_contact_relationship",
                table: "staff_volunteers",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "emergency_contact_name",
                table: "staff_volunteers",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_unions_parent_id_request_id",
                table: "unions",
                columns: new[] { "parent_id", "request_id" },
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_volunteer_id_request_id",
                table: "trainings",
                columns: new[] { "volunteer_id", "request_id" },
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_teams_union_id_request_id",
                table: "teams",
                columns: new[] { "union_id", "request_id" },
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_staff_volunteers_union_id_request_id",
                table: "staff_volunteers",
                columns: new[] { "union_id", "request_id" },
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_awards_volunteer_id_request_id",
                table: "awards",
                columns: new[] { "volunteer_id", "request_id" },
                unique: true,
                filter: "request_id is not null");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_unions_parent_id_request_id",
                table: "unions");

            migrationBuilder.DropIndex(
                name: "ix_trainings_volunteer_id_request_id",
                table: "trainings");

            migrationBuilder.DropIndex(
                name: "ix_teams_union_id_request_id",
                table: "teams");

            migrationBuilder.DropIndex(
                name: "ix_staff_volunteers_union_id_request_id",
                table: "staff_volunteers");

            migrationBuilder.DropIndex(
                name: "ix_awards_volunteer_id_request_id",
                table: "awards");

            migrationBuilder.AlterColumn<string>(
                name: "national_volunteer_number",
                table: "staff_volunteers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "emergency_contact_relationship",
                table: "staff_volunteers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "emergency_contact_name",
                table: "staff_volunteers",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_unions_parent_id",
                table: "unions",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_unions_request_id",
                table: "unions",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_trainings_request_id",
                table: "trainings",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

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
                name: "ix_staff_volunteers_request_id",
                table: "staff_volunteers",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");

            migrationBuilder.CreateIndex(
                name: "ix_staff_volunteers_union_id",
                table: "staff_volunteers",
                column: "union_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_request_id",
                table: "awards",
                column: "request_id",
                unique: true,
                filter: "request_id is not null");
        }
    }
}
