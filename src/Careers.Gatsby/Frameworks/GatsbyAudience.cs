namespace Careers.Gatsby;

/// <summary>Who a framework is written for.</summary>
public enum GatsbyAudience
{
    /// <summary>Schools (including their sixth forms).</summary>
    Schools = 0,

    /// <summary>Colleges, and in the 2024 edition independent training providers.</summary>
    Colleges = 1,
}
