namespace Careers.Interchange;

/// <summary>
/// What the reader does with a file whose <c>CTFversion</c> is newer than the newest specification this package was
/// built against (<see cref="CtfVersion.Ctf21"/>). Files older than <see cref="CtfVersion.Ctf20"/> are always refused.
/// </summary>
public enum CtfVersionPolicy
{
    /// <summary>
    /// Read the file and report <c>ctf.version.newer</c> in <see cref="CtfReader.Warnings"/>: the default, because
    /// DfE publishes a specification every year and the elements this package reads have kept their names; a
    /// renamed element would still show up as a missing-element problem, never as a silent default.
    /// </summary>
    AcceptWithWarning = 0,

    /// <summary>Refuse the file with the problem <c>ctf.version.unsupported</c>.</summary>
    Refuse = 1,
}
