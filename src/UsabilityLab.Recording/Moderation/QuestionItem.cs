namespace UsabilityLab.Recording.Moderation;

/// <summary>One question the task panel asks: an instrument item with its scale and end labels.</summary>
/// <param name="Instrument"><c>seq</c>, <c>sus</c> or <c>nps</c> (as stored in QuestionnaireResponses).</param>
/// <param name="Item">1-based item number within the instrument.</param>
/// <param name="Count">Items in the instrument.</param>
/// <param name="Text">The question or statement, as shown.</param>
/// <param name="Min">Lowest answer.</param>
/// <param name="Max">Highest answer.</param>
/// <param name="MinLabel">Label of the lowest answer.</param>
/// <param name="MaxLabel">Label of the highest answer.</param>
public sealed record QuestionItem(string Instrument, int Item, int Count, string Text, int Min, int Max, string MinLabel, string MaxLabel);
