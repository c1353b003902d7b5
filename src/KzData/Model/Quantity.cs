namespace KzData;

/// <summary>A number a fact states, traceable to one of its quotes.</summary>
/// <param name="Value">The figure, e.g. 200000 or 18.</param>
/// <param name="Unit">What is counted, e.g. <c>people</c> or <c>percent</c>.</param>
/// <param name="Bound">Whether the figure is exact, approximate, a lower or an upper bound.</param>
public sealed record Quantity(decimal Value, string Unit, QuantityBound Bound);
