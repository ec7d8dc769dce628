using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Careers.SampleHost.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Imports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "StatementGrounds",
                table: "institutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<bool>(
                name: "StatementPremises",
                table: "institutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<bool>(
                name: "StatementPublished",
                table: "institutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<bool>(
                name: "StatementRequestProcedure",
                table: "institutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<bool>(
                name: "StatementTimes",
                table: "institutions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<bool>(
                name: "DuringSchoolDay",
                table: "activities",
                type: "INTEGER",
                nullable: true
            );

            migrationBuilder.AddColumn<int>(
                name: "Employers",
                table: "activities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0
            );

            migrationBuilder.AddColumn<string>(
                name: "Providers",
                table: "activities",
                type: "TEXT",
                maxLength: 1000,
                nullable: true
            );

            migrationBuilder.CreateTable(
                name: "import_requests",
                columns: table => new
                {
                    InstitutionId = table.Column<string>(
                        type: "TEXT",
                        maxLength: 64,
                        nullable: false
                    ),
                    IdempotencyKey = table.Column<string>(
                        type: "TEXT",
                        maxLength: 200,
                        nullable: false
                    ),
                    RequestHash = table.Column<string>(
                        type: "TEXT",
                        maxLength: 64,
                        nullable: false
                    ),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Response = table.Column<string>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey(
                        "PK_import_requests",
                        x => new { x.InstitutionId, x.IdempotencyKey }
                    );
                    table.ForeignKey(
                        name: "FK_import_requests_institutions_InstitutionId",
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
            migrationBuilder.DropTable(name: "import_requests");

            migrationBuilder.DropColumn(name: "StatementGrounds", table: "institutions");

            migrationBuilder.DropColumn(name: "StatementPremises", table: "institutions");

            migrationBuilder.DropColumn(name: "StatementPublished", table: "institutions");

            migrationBuilder.DropColumn(name: "StatementRequestProcedure", table: "institutions");

            migrationBuilder.DropColumn(name: "StatementTimes", table: "institutions");

            migrationBuilder.DropColumn(name: "DuringSchoolDay", table: "activities");

            migrationBuilder.DropColumn(name: "Employers", table: "activities");

            migrationBuilder.DropColumn(name: "Providers", table: "activities");
        }
    }
}
