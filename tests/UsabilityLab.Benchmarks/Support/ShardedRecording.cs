namespace UsabilityLab.Benchmarks.Support;

/// <summary>One recording of a study by one or more <c>lab run --shard</c> processes into one PostgreSQL database, as measured.</summary>
/// <param name="Seconds">Wall time from starting the processes to the last one's exit.</param>
/// <param name="Participants">Participants recorded (all shards).</param>
/// <param name="Events">Events stored for the run.</param>
/// <param name="Attempts">Task attempts stored.</param>
/// <param name="Successes">Of those, the successful ones.</param>
/// <param name="PeakConnections">Most connections open to the database at once (server's count).</param>
/// <param name="ServerCores">PostgreSQL server CPU time over the wall time.</param>
/// <param name="RunCores">CPU of the lab processes and everything they started (browsers, drivers) over the wall time.</param>
/// <param name="MachineCores">Machine-wide busy cores over the wall time.</param>
internal sealed record ShardedRecording(
    double Seconds, int Participants, long Events, int Attempts, int Successes, int PeakConnections, double ServerCores, double RunCores, double MachineCores)
{
    public double ParticipantsPerMinute => Participants / (Seconds / 60);

    public double EventsPerSecond => Events / Seconds;
}
