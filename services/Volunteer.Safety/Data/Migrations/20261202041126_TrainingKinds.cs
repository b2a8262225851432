using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteer.Safety.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrainingKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "kind",
                table: "safety_trainings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Until now only safety trainings were kept, so every existing row is one.
                defaultValue: "safety");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "kind",
                table: "safety_trainings");
        }
    }
}
