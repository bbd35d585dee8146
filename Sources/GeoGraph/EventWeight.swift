import Foundation

/// The weight rule for ties made from coded event data: it saturates with the number of events.
///
/// A text tie's weight is the noisy-or of its reports (``Tie/combine(_:_:)``): each sentence an
/// analyst can read is an independent piece of evidence. Event data reports the same relation
/// thousands of times, so noisy-or would put every active dyad at 1.0. An event tie's weight is
///
///     w = c · m · (1 − e^(−n / k))
///
/// where *n* is the number of events, *m* their mean strength in (0, 1] (``strength(magnitude:)``),
/// *k* = ``saturation`` (10 events give 63 % of the ceiling, 30 give 95 %) and *c* = ``ceiling`` (0.8).
/// The ceiling below 1 keeps room for text: a tie both read in a sentence and counted in event data
/// combines the two parts by noisy-or, `1 − (1 − text)(1 − events)`, so ten thousand events cannot
/// drown a sentence an analyst read (the text part still moves the weight), nor one sentence drown ten
/// thousand events (the event part never falls because a sentence was added). Every reader of event
/// data, the Swift aggregator and the Spark job (`Scripts/spark/aggregate_events.py`), uses this rule.
public enum EventWeight {
    /// The weight event data alone can give a tie.
    public static let ceiling = 0.8
    /// The number of events at which a tie reaches 1 − 1/e (63 %) of the ceiling.
    public static let saturation = 10.0

    /// The weight of `events` events with summed strength `intensity`.
    public static func weight(events: Int, intensity: Double) -> Double {
        guard events > 0 else { return 0 }
        let mean = min(1, max(0, intensity / Double(events)))
        return ceiling * mean * (1 - exp(-Double(events) / saturation))
    }

    /// An event's strength in (0, 1] from the magnitude of its Goldstein score or PLOVER intensity
    /// (both on −10…10): `(|x| + 1) / 11`, so that a neutral event (0) still counts a little.
    public static func strength(magnitude x: Double) -> Double {
        guard x.isFinite else { return 1.0 / 11 }
        return (min(10, abs(x)) + 1) / 11
    }

    /// The text part of a weight that combines text and events by noisy-or: `1 − (1 − w)/(1 − e)`.
    static func textPart(of weight: Double, eventPart e: Double) -> Double {
        guard e < 1 else { return 0 }
        return 1 - (1 - weight) / (1 - e)
    }
}
