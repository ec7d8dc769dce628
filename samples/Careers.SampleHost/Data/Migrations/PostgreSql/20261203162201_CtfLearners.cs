using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Careers.SampleHost.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class CtfLearners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "LookedAfter",
                table: "learners",
                type: "boolean",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.CreateIndex(
                name: "IX_learners_Upn",
                table: "learners",
                column: "Upn",
                unique: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_learners_Upn", table: "learners");

            migrationBuilder.DropColumn(name: "LookedAfter", table: "learners");
        }
    }
}
