using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Careers.SampleHost.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "area",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                    Seed = table.Column<int>(type: "INTEGER", nullable: false),
                    LearnersPerYearGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_area", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "institutions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    LaEstab = table.Column<int>(type: "INTEGER", nullable: true),
                    Ward = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Achievement = table.Column<double>(type: "REAL", nullable: false),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_institutions", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstitutionId = table.Column<string>(
                        type: "TEXT",
                        maxLength: 64,
                        nullable: false
                    ),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Evidence = table.Column<int>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_activities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_activities_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "learners",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstitutionId = table.Column<string>(
                        type: "TEXT",
                        maxLength: 64,
                        nullable: false
                    ),
                    Upn = table.Column<string>(type: "TEXT", maxLength: 13, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    YearGroup = table.Column<int>(type: "INTEGER", nullable: false),
                    AcademicYear = table.Column<int>(type: "INTEGER", nullable: false),
                    FreeSchoolMeals = table.Column<bool>(type: "INTEGER", nullable: false),
                    FreeSchoolMealsInLastSixYears = table.Column<bool>(
                        type: "INTEGER",
                        nullable: false
                    ),
                    SenProvision = table.Column<int>(type: "INTEGER", nullable: false),
                    EnglishAsAdditionalLanguage = table.Column<bool>(
                        type: "INTEGER",
                        nullable: false
                    ),
                    Sex = table.Column<int>(type: "INTEGER", nullable: false),
                    Ward = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_learners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_learners_institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "careers_logs",
                columns: table => new
                {
                    LearnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Document = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_careers_logs", x => x.LearnerId);
                    table.ForeignKey(
                        name: "FK_careers_logs_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateTable(
                name: "participations",
                columns: table => new
                {
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LearnerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Evidence = table.Column<int>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_participations", x => new { x.ActivityId, x.LearnerId });
                    table.ForeignKey(
                        name: "FK_participations_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                    table.ForeignKey(
                        name: "FK_participations_learners_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "learners",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_activities_InstitutionId",
                table: "activities",
                column: "InstitutionId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_learners_InstitutionId",
                table: "learners",
                column: "InstitutionId"
            );

            migrationBuilder.CreateIndex(
                name: "IX_participations_LearnerId",
                table: "participations",
                column: "LearnerId"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "area");

            migrationBuilder.DropTable(name: "careers_logs");

            migrationBuilder.DropTable(name: "participations");

            migrationBuilder.DropTable(name: "activities");

            migrationBuilder.DropTable(name: "learners");

            migrationBuilder.DropTable(name: "institutions");
        }
    }
}
