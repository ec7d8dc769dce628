using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Careers.SampleHost.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DeclaredAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "declared_answers",
                columns: table => new
                {
                    InstitutionId = table.Column<string>(
                        type: "character varying(64)",
                        maxLength: 64,
                        nullable: false
                    ),
                    CriterionId = table.Column<string>(
                        type: "character varying(64)",
                        maxLength: 64,
                        nullable: false
                    ),
                    Met = table.Column<bool>(type: "boolean", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey(
                        "PK_declared_answers",
                        x => new { x.InstitutionId, x.CriterionId }
                    );
                    table.ForeignKey(
                        name: "FK_declared_answers_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "declared_answers");
        }
    }
}
