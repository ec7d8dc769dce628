namespace Careers.Gatsby;

/// <summary>An edition of the Gatsby Benchmarks.</summary>
public enum GatsbyEdition
{
    /// <summary>
    /// <i>Good Career Guidance</i> (Gatsby Foundation, 2014), with the colleges edition of 2018; statutory guidance
    /// until August 2025.
    /// </summary>
    Edition2014 = 2014,

    /// <summary>
    /// <i>Good Career Guidance: The Next 10 Years</i> (Gatsby Foundation, 18 November 2024), adopted by DfE statutory
    /// guidance published 1 May 2025, in force from 1 September 2025.
    /// </summary>
    Edition2024 = 2024,
}
