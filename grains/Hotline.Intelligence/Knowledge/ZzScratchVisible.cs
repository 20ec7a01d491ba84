[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("kbscratch")]
