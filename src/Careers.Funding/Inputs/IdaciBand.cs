namespace Careers.Funding;

/// <summary>The Income Deprivation Affecting Children Index bands of the NFF: A is the most deprived.</summary>
public enum IdaciBand
{
    /// <summary>Band A, the most deprived.</summary>
    A = 0,

    /// <summary>Band B.</summary>
    B = 1,

    /// <summary>Band C.</summary>
    C = 2,

    /// <summary>Band D.</summary>
    D = 3,

    /// <summary>Band E.</summary>
    E = 4,

    /// <summary>Band F, the least deprived band that attracts funding.</summary>
    F = 5,
}
