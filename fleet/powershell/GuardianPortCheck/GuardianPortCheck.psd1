@{
    RootModule        = 'GuardianPortCheck.psm1'
    ModuleVersion     = '0.1.0'
    GUID              = '6f0c2a8e-4f43-4b7e-9a77-3d1c5e2b9a10'
    Author            = 'Cayosoft'
    CompanyName       = 'Cayosoft'
    Description       = 'Runs Guardian Port Check on every source machine of a site over PowerShell remoting and merges the results into one report.'
    PowerShellVersion = '5.1'
    FunctionsToExport = @('Invoke-GuardianPortCheck')
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
