namespace Careers;

/// <summary>
/// The stages of education in England. Source: DfE, the national curriculum in England (docs/articles/domain.md §2):
/// EYFS (Reception), KS1 (Years 1–2), KS2 (Years 3–6), KS3 (Years 7–9), KS4 (Years 10–11), 16–19 (Years 12–13).
/// </summary>
public enum KeyStage
{
    /// <summary>The early years foundation stage: Reception.</summary>
    EarlyYearsFoundationStage = 0,

    /// <summary>Key stage 1: Years 1 and 2.</summary>
    KeyStage1 = 1,

    /// <summary>Key stage 2: Years 3 to 6.</summary>
    KeyStage2 = 2,

    /// <summary>Key stage 3: Years 7 to 9.</summary>
    KeyStage3 = 3,

    /// <summary>Key stage 4: Years 10 and 11.</summary>
    KeyStage4 = 4,

    /// <summary>16 to 19 study: Years 12 and 13.</summary>
    SixteenToNineteen = 5,
}
