namespace NewsPortal.Data;

/// <summary>What an operator is told when storing an item throws: the cause, not its wrapper.</summary>
public static class FailureReason
{
    /// <summary>
    /// EF Core wraps the database's own words ("string is too long for tsvector") in "An error occurred
    /// while saving the entity changes. See the inner exception": the innermost exception names the cause.
    /// </summary>
    public static string Of(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var cause = exception.GetBaseException();
        return cause == exception
            ? $"{exception.GetType().Name}: {exception.Message}"
            : $"{exception.GetType().Name}: {cause.GetType().Name}: {cause.Message}";
    }
}
