namespace NewsPortal.Model;

/// <summary>GDELT's four classes of CAMEO roots: talk or deeds, cooperation or conflict.</summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}

public static class QuadClasses
{
    /// <summary>Roots 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.</summary>
    public static QuadClass Of(string cameo) =>
        cameo.Length >= 2 && int.TryParse(cameo.AsSpan(0, 2), out var root)
            ? root switch
            {
                <= 5 => QuadClass.VerbalCooperation,
                <= 8 => QuadClass.MaterialCooperation,
                <= 13 => QuadClass.VerbalConflict,
                _ => QuadClass.MaterialConflict,
            }
            : QuadClass.VerbalCooperation;
}
