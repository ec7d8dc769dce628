namespace Careers.Encounters.Streaming;

/// <summary>
/// Sees a record of a streamed evaluation, with the index its learner has in
/// <see cref="StreamedEntitlementResult.Learners"/>, so that other measures can be worked out in the same pass.
/// </summary>
/// <param name="record">The record.</param>
/// <param name="learner">The learner's index in the result (learners are numbered in order of first appearance).</param>
public delegate void StreamedRecordObserver(in EncounterRecord record, int learner);
