using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Careers.SampleHost.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AreaFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "destinations",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Education = table.Column<int>(type: "INTEGER", nullable: false),
                    Apprenticeship = table.Column<int>(type: "INTEGER", nullable: false),
                    Employment = table.Column<int>(type: "INTEGER", nullable: false),
                    NotSustained = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivityNotCaptured = table.Column<int>(type: "INTEGER", nullable: false),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_destinations", x => new { x.Year, x.Group });
                }
            );

            migrationBuilder.CreateTable(
                name: "neet_months",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cohort = table.Column<int>(type: "INTEGER", nullable: false),
                    Neet = table.Column<int>(type: "INTEGER", nullable: false),
                    NotKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    Synthetic = table.Column<bool>(type: "INTEGER", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_neet_months", x => x.Month);
                }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "destinations");

            migrationBuilder.DropTable(name: "neet_months");
        }
    }
}
