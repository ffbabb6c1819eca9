namespace Extractor.Datasets;

/// <summary>Receives a dataset's rows one at a time. <see cref="Complete"/> finishes the file; disposing without it discards.</summary>
public interface IDatasetWriter : IDisposable
{
    void Write(object?[] values);
    void Complete();
}
