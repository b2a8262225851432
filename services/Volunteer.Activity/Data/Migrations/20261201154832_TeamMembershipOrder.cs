using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Activity.Data.Migrations
{
    /// <inheritdoc />
    public partial class TeamMembershipOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_known_team_members_volunteer_id_team_id",
                table: "known_team_members");

            migrationBuilder.AlterColumn<string>(
                name: "role",
                table: "known_team_members",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "joined_on",
                table: "known_team_members",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "changed_at",
                table: "known_team_members",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // One row per team and volunteer from now on: of the stretches kept so far, the latest stays.
            migrationBuilder.Sql("""
                delete from known_team_members older using known_team_members newer
                where older.team_id = newer.team_id and older.volunteer_id = newer.volunteer_id and older.id < newer.id
                """);

            migrationBuilder.CreateIndex(
                name: "ix_known_team_members_volunteer_id_team_id",
                table: "known_team_members",
                columns: new[] { "volunteer_id", "team_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_known_team_members_volunteer_id_team_id",
                table: "known_team_members");

            migrationBuilder.DropColumn(
                name: "changed_at",
                table: "known_team_members");

            migrationBuilder.AlterColumn<string>(
                name: "role",
                table: "known_team_members",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<DateOnly>(
                name: "joined_on",
                table: "known_team_members",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_known_team_members_volunteer_id_team_id",
                table: "known_team_members",
                columns: new[] { "volunteer_id", "team_id" });
        }
    }
}
