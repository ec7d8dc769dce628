using System;
using System.Security.Claims;
using System.Threading;
using System.Threading.Tasks;
using Careers.SampleHost.Data;
using Microsoft.Extensions.Logging;

namespace Careers.SampleHost.Security;

/// <summary>
/// Records every read of learner records, in the database (<c>audit_events</c>) and in the log: which key (its public
/// id, never the secret), what it read, and when. A school can then answer "who looked at this child's record?".
/// </summary>
internal sealed class LearnerAudit(
    CareersDbContext db,
    TimeProvider time,
    ILogger<LearnerAudit> logger
)
{
    public async Task RecordAsync(
        ClaimsPrincipal user,
        string action,
        string? institutionId,
        string? learnerId,
        CancellationToken ct
    )
    {
        db.AuditEvents.Add(
            new AuditEventRow
            {
                At = time.GetUtcNow().UtcDateTime,
                KeyId = user.KeyId(),
                Action = action,
                InstitutionId = institutionId,
                LearnerId = learnerId,
            }
        );
        await db.SaveChangesAsync(ct);
        logger.LogInformation(
            "Audit: key {KeyId} {Action} institution {InstitutionId} learner {LearnerId}",
            user.KeyId(),
            action,
            institutionId,
            learnerId
        );
    }
}
