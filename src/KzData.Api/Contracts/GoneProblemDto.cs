using System.ComponentModel;

namespace KzData.Api.Contracts;

/// <summary>
/// The RFC 9457 problem+json body of a 410 for a removed fact id: a fixed body (no trace id), so that it has a
/// strong ETag like every other representation.
/// </summary>
public sealed record GoneProblemDto
{
    [Description("A URI reference identifying the problem type (RFC 9110, 410 Gone).")]
    public required string Type { get; init; }

    [Description("A short summary of the problem: 'Fact retired'.")]
    public required string Title { get; init; }

    [Description("The HTTP status code, 410.")]
    public required int Status { get; init; }

    [Description("Which fact was removed and why.")]
    public required string Detail { get; init; }

    [Description("The retired id asked for.")]
    public required string Id { get; init; }

    [Description("Why the fact was removed, in the curators' words.")]
    public required string Reason { get; init; }
}
