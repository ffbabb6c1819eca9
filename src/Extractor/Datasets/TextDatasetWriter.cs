using System.Text;

namespace Extractor.Datasets;

/// <summary>
/// A dataset written as text (CSV, JSON Lines) through an <see cref="AtomicFile"/>: written under a temporary name,
/// renamed into place by <see cref="Complete"/>, discarded when disposed without it.
/// </summary>
public abstract class TextDatasetWriter : IDatasetWriter
{
    readonly AtomicFile _file;

    protected TextDatasetWriter(string path, Encoding encoding, string newLine)
    {
        _file = new AtomicFile(path);
        Text = new StreamWriter(_file.OpenWrite(), encoding) { NewLine = newLine };
    }

    protected StreamWriter Text { get; }

    public abstract void Write(object?[] values);

    public void Complete()
    {
        Text.Dispose();
        _file.Commit();
    }

    public void Dispose()
    {
        try { Text.Dispose(); } catch (ObjectDisposedException) { }
        _file.Dispose();
    }
}
