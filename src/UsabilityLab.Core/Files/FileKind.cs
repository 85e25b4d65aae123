namespace UsabilityLab.Core.Files;

/// <summary>What a path names, as far as reading it as an input file is concerned.</summary>
internal enum FileKind
{
    /// <summary>Nothing at that path.</summary>
    Missing,

    /// <summary>A regular file: the only kind an input is read from.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO: opening it waits for a writer, possibly for ever.</summary>
    NamedPipe,

    /// <summary>A character device such as <c>/dev/zero</c> or a terminal: reading may never end.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket: it cannot be opened as a file.</summary>
    Socket,

    /// <summary>The kind could not be told (not Linux, or the kernel refused to say); the bounded read still applies.</summary>
    Unknown,
}
