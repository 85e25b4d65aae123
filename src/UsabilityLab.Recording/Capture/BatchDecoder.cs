using System.Text.Json;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Capture;

/// <summary>
/// Decodes recorder.js payloads (a JSON array of batches; format in docs/recorder-wire-format.md) into flat events.
/// Element definitions are kept per page for the whole session: a batch references elements by id, and defines those
/// no acknowledged batch has defined yet, so batches re-sent after a navigation decode like the first copy.
/// Duplicate events (same page and sequence number) are returned again; the caller drops them.
/// The payload comes from the page, which may be hostile or broken: a batch that does not decode is dropped and
/// counted (<see cref="MalformedBatches"/>), and the batches around it still decode.
/// </summary>
internal sealed class BatchDecoder
{
    private readonly Dictionary<(string Page, int Id), ElementDescriptor> _elements = [];
    private readonly Lock _gate = new();
    private int _malformed;

    /// <summary>A batch holds at most a few hundred events (a few KB each at worst): anything this long is not one.</summary>
    internal const int MaxPayloadChars = 8 * 1024 * 1024;

    /// <summary>Batches (or whole payloads) dropped because they did not decode.</summary>
    public int MalformedBatches => Volatile.Read(ref _malformed);

    /// <summary>The events of every batch in <paramref name="json"/>, in order; unknown kinds are skipped.</summary>
    public IReadOnlyList<RecorderPayload> Decode(string json)
    {
        var events = new List<RecorderPayload>();
        if (json.Length > MaxPayloadChars)
        {
            Interlocked.Increment(ref _malformed);
            return events;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                Interlocked.Increment(ref _malformed);
                return events;
            }

            lock (_gate)
            {
                foreach (var batch in document.RootElement.EnumerateArray())
                {
                    DecodeWhole(batch, events);
                }
            }
        }
        catch (JsonException)
        {
            Interlocked.Increment(ref _malformed);
        }

        return events;
    }

    /// <summary>Adds the batch's events, or none of them when any part of it is not as the wire format says.</summary>
    private void DecodeWhole(JsonElement batch, List<RecorderPayload> events)
    {
        var decoded = new List<RecorderPayload>();
        try
        {
            DecodeBatch(batch, decoded);
            events.AddRange(decoded);
        }
        catch (Exception ex) when (ex is InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
        {
            Interlocked.Increment(ref _malformed);
        }
    }

    private void DecodeBatch(JsonElement batch, List<RecorderPayload> events)
    {
        var page = batch.GetProperty("p").GetString() ?? "";
        if (batch.TryGetProperty("d", out var definitions))
        {
            foreach (var definition in definitions.EnumerateArray())
            {
                _elements[(page, definition[0].GetInt32())] = Define(new WireFields(definition));
            }
        }

        var state = new BatchState(page, batch.GetProperty("s").GetInt32(), batch.GetProperty("t").GetDouble(),
            batch.GetProperty("u").GetString(), batch.GetProperty("w").GetInt32());
        foreach (var entry in batch.GetProperty("e").EnumerateArray())
        {
            if (entry.ValueKind == JsonValueKind.Object)
            {
                state.Apply(entry);
                continue;
            }

            var fields = new WireFields(entry);
            state.Advance(fields.Number(1) ?? 0);
            if (WireKinds.TryGet(fields.Integer(0) ?? -1, out var kind))
            {
                events.Add(state.Identify(Decode(kind, fields, state, page)));
            }
        }
    }

    private static ElementDescriptor Define(WireFields f) => new(f.Text(1), f.Text(2), f.Text(3), f.Integer(4) is { } flag ? flag == 1 : null,
        f.Number(5), f.Number(6), f.Number(7), f.Number(8));

    // Field positions per kind: recorder.js's KIND table.
    private RecordedEvent Decode(EventKind kind, WireFields f, BatchState state, string page)
    {
        var basic = state.Event(kind);
        return kind switch
        {
            EventKind.Click or EventKind.DblClick or EventKind.ContextMenu =>
                state.Position(WithElement(basic, page, f, 4) with { Button = f.Integer(5) ?? 0, Detail = PointerKinds.Stored(f.Text(5)) }, f, 2, offsetsAt: 6, withScroll: true),
            EventKind.MouseMove => state.Position(basic, f, 2, offsetsAt: 4, withScroll: false),
            EventKind.Scroll => basic with { ScrollX = f.Number(2), ScrollY = f.Number(3), Value = f.Number(4) },
            EventKind.Navigation => basic with { Detail = f.Text(2), Text = f.Text(3) },
            EventKind.Input or EventKind.Change => WithElement(basic, page, f, 2) with { Value = f.Number(3), Text = f.Text(4), Detail = f.Text(5) },
            EventKind.Key => WithElement(basic, page, f, 3) with { Detail = f.Text(2) },
            EventKind.Resize => basic with { Value = f.Number(2), Detail = f.Text(3) },
            EventKind.ValidationError => WithElement(basic, page, f, 2) with { Detail = f.Text(3) },
            EventKind.Mutation or EventKind.Selection => basic with { Value = f.Number(2) },
            EventKind.Focus or EventKind.Submit => WithElement(basic, page, f, 2),
            _ => basic with { Detail = f.Text(2) },
        };
    }

    private RecordedEvent WithElement(RecordedEvent recorded, string page, WireFields f, int index) =>
        f.Integer(index) is { } id ? _elements.GetValueOrDefault((page, id), ElementDescriptor.Unknown).On(recorded) : recorded;
}
