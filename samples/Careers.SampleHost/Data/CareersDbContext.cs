using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Careers.SampleHost.Data;

/// <summary>
/// The host's database. One model, two providers: each provider has its own subclass so that each keeps its own
/// migrations (Data/Migrations/Sqlite and Data/Migrations/PostgreSql), since column types differ between them.
/// </summary>
internal abstract class CareersDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AreaRow> Area => Set<AreaRow>();

    public DbSet<InstitutionRow> Institutions => Set<InstitutionRow>();

    public DbSet<LearnerRow> Learners => Set<LearnerRow>();

    public DbSet<ActivityRow> Activities => Set<ActivityRow>();

    public DbSet<ParticipationRow> Participations => Set<ParticipationRow>();

    public DbSet<CareersLogRow> CareersLogs => Set<CareersLogRow>();

    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();

    public DbSet<AuditEventRow> AuditEvents => Set<AuditEventRow>();

    public DbSet<TransferRow> Transfers => Set<TransferRow>();

    public DbSet<NeetMonthRow> NeetMonths => Set<NeetMonthRow>();

    public DbSet<DeclaredAnswerRow> DeclaredAnswers => Set<DeclaredAnswerRow>();

    public DbSet<DestinationRow> Destinations => Set<DestinationRow>();

    public DbSet<ImportRequestRow> ImportRequests => Set<ImportRequestRow>();

    public DbSet<AreaVersionRow> AreaVersion => Set<AreaVersionRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AreaRow>(e =>
        {
            e.ToTable("area");
            e.Property(a => a.Id).ValueGeneratedNever();
            e.Property(a => a.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<InstitutionRow>(e =>
        {
            e.ToTable("institutions");
            e.Property(i => i.Id).HasMaxLength(64);
            e.Property(i => i.Name).HasMaxLength(200);
            e.Property(i => i.Ward).HasMaxLength(100);
        });
        modelBuilder.Entity<LearnerRow>(e =>
        {
            e.ToTable("learners");
            e.Property(l => l.Id).HasMaxLength(64);
            e.Property(l => l.InstitutionId).HasMaxLength(64);
            e.Property(l => l.Upn).HasMaxLength(13);
            e.Property(l => l.Ward).HasMaxLength(100);
            e.HasIndex(l => l.InstitutionId);
            // A UPN is one pupil's for life: two learners with one UPN would be one pupil counted twice, and the
            // unique index stops two concurrent CTF imports from adding the same pupil.
            e.HasIndex(l => l.Upn).IsUnique();
            e.HasOne<InstitutionRow>().WithMany().HasForeignKey(l => l.InstitutionId);
        });
        modelBuilder.Entity<ActivityRow>(e =>
        {
            e.ToTable("activities");
            e.Property(a => a.Id).HasMaxLength(64);
            e.Property(a => a.InstitutionId).HasMaxLength(64);
            e.Property(a => a.Providers).HasMaxLength(1000);
            e.HasIndex(a => a.InstitutionId);
            e.HasOne<InstitutionRow>().WithMany().HasForeignKey(a => a.InstitutionId);
        });
        modelBuilder.Entity<ParticipationRow>(e =>
        {
            e.ToTable("participations");
            e.HasKey(p => new { p.ActivityId, p.LearnerId });
            e.Property(p => p.ActivityId).HasMaxLength(64);
            e.Property(p => p.LearnerId).HasMaxLength(64);
            e.HasIndex(p => p.LearnerId);
            e.HasOne<ActivityRow>().WithMany().HasForeignKey(p => p.ActivityId);
            e.HasOne<LearnerRow>().WithMany().HasForeignKey(p => p.LearnerId);
        });
        modelBuilder.Entity<CareersLogRow>(e =>
        {
            e.ToTable("careers_logs");
            e.HasKey(l => l.LearnerId);
            e.Property(l => l.LearnerId).HasMaxLength(64);
            e.Property(l => l.Version).IsConcurrencyToken();
            e.HasOne<LearnerRow>().WithOne().HasForeignKey<CareersLogRow>(l => l.LearnerId);
        });
        modelBuilder.Entity<ApiKeyRow>(e =>
        {
            e.ToTable("api_keys");
            e.Property(k => k.Id).HasMaxLength(32);
            e.Property(k => k.Name).HasMaxLength(200);
            e.Property(k => k.Hash).HasMaxLength(64);
            e.Property(k => k.InstitutionId).HasMaxLength(64);
            e.HasIndex(k => k.Hash).IsUnique();
            e.HasIndex(k => k.Name).IsUnique();
            e.HasOne<InstitutionRow>().WithMany().HasForeignKey(k => k.InstitutionId);
        });
        modelBuilder.Entity<TransferRow>(e =>
        {
            e.ToTable("transfers");
            e.Property(t => t.Id).HasMaxLength(32);
            e.Property(t => t.LearnerId).HasMaxLength(64);
            e.Property(t => t.FromInstitutionId).HasMaxLength(64);
            e.Property(t => t.ToInstitutionId).HasMaxLength(64);
            e.HasOne<LearnerRow>().WithMany().HasForeignKey(t => t.LearnerId);
            e.HasIndex(t => new { t.ToInstitutionId, t.Status });
            e.HasIndex(t => new { t.FromInstitutionId, t.Status });
        });
        modelBuilder.Entity<AuditEventRow>(e =>
        {
            e.ToTable("audit_events");
            e.Property(a => a.KeyId).HasMaxLength(32);
            e.Property(a => a.Action).HasMaxLength(64);
            e.Property(a => a.InstitutionId).HasMaxLength(64);
            e.Property(a => a.LearnerId).HasMaxLength(64);
            e.HasIndex(a => a.At);
        });
        modelBuilder.Entity<DeclaredAnswerRow>(e =>
        {
            e.ToTable("declared_answers");
            e.HasKey(a => new { a.InstitutionId, a.CriterionId });
            e.Property(a => a.InstitutionId).HasMaxLength(64);
            e.Property(a => a.CriterionId).HasMaxLength(64);
            e.HasOne<InstitutionRow>().WithMany().HasForeignKey(a => a.InstitutionId);
        });
        modelBuilder.Entity<NeetMonthRow>(e =>
        {
            e.ToTable("neet_months");
            e.HasKey(n => n.Month);
        });
        modelBuilder.Entity<DestinationRow>(e =>
        {
            e.ToTable("destinations");
            e.HasKey(d => new { d.Year, d.Group });
            e.Property(d => d.Group).HasMaxLength(32);
        });
        modelBuilder.Entity<ImportRequestRow>(e =>
        {
            e.ToTable("import_requests");
            e.HasKey(r => new { r.InstitutionId, r.IdempotencyKey });
            e.Property(r => r.InstitutionId).HasMaxLength(64);
            e.Property(r => r.IdempotencyKey).HasMaxLength(200);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.HasOne<InstitutionRow>().WithMany().HasForeignKey(r => r.InstitutionId);
        });
        modelBuilder.Entity<AreaVersionRow>(e =>
        {
            e.ToTable("area_version");
            e.Property(v => v.Id).ValueGeneratedNever();
            e.HasData(new AreaVersionRow { Id = AreaVersions.RowId, Version = 0 });
        });
    }
}

/// <summary>The database on SQLite, the embedded default.</summary>
internal sealed class SqliteCareersDbContext(DbContextOptions<SqliteCareersDbContext> options)
    : CareersDbContext(options);

/// <summary>The database on PostgreSQL.</summary>
internal sealed class PostgreSqlCareersDbContext(
    DbContextOptions<PostgreSqlCareersDbContext> options
) : CareersDbContext(options);

/// <summary>Lets <c>dotnet ef migrations add</c> build the SQLite model without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCareersDbContext>
{
    public SqliteCareersDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<SqliteCareersDbContext>()
                .UseSqlite("Data Source=design.db")
                .Options
        );
}

/// <summary>Lets <c>dotnet ef migrations add</c> build the PostgreSQL model without a server.</summary>
internal sealed class PostgreSqlDesignTimeFactory
    : IDesignTimeDbContextFactory<PostgreSqlCareersDbContext>
{
    public PostgreSqlCareersDbContext CreateDbContext(string[] args) =>
        new(
            new DbContextOptionsBuilder<PostgreSqlCareersDbContext>()
                .UseNpgsql("Host=127.0.0.1;Database=design")
                .Options
        );
}
