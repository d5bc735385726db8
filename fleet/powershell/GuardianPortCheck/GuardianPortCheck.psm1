# GuardianPortCheck: runs Guardian Port Check on the machines of a site over PowerShell remoting
# (WinRM, which Guardian needs open anyway) and merges their results into one report.
# The module only moves files and starts the exe; probing, verdicts and the merge are the exe's.

function Invoke-GuardianPortCheck {
    <#
    .SYNOPSIS
    Runs Guardian Port Check on each computer with one site profile and merges the results.

    .DESCRIPTION
    For each computer: opens a PSSession, copies guardian-portcheck.exe and the site profile to a
    temporary folder there (Copy-Item -ToSession), runs "guardian-portcheck.exe run site.yaml
    --json results.json" (the exe finds the computer's roles in the profile's host lists, or takes
    -Role), copies results.json back and removes the folder. The runs go in parallel, at most
    -ThrottleLimit at once. Then, on this computer, "guardian-portcheck.exe merge" joins every
    results file into one PDF report, one JSON and one firewall request (CSV).
    A computer that cannot be reached, or whose run fails, is listed in the output; it does not
    stop the others. Probes are anonymous: -Credential is used for the PSSession only.

    .PARAMETER ComputerName
    The source machines: the Guardian server, AD connectors, the DCs with a Forest Recovery agent.

    .PARAMETER SiteProfile
    The site profile (YAML) on this computer; the same file serves every machine. Alias: -Profile.

    .PARAMETER ExePath
    guardian-portcheck.exe on this computer. Default: the one beside this module.

    .PARAMETER Role
    Roles for computers the profile's host lists do not name: a hashtable of computer name to
    roles, e.g. @{ 'adc1.corp.example' = 'ad-connector' }.

    .PARAMETER OutputDirectory
    Where the results files and the merged report go. Default: .\guardian-portcheck-results.

    .PARAMETER ThrottleLimit
    How many computers run at once (default 8).

    .PARAMETER Credential
    The account for the PSSessions (default: the current user).

    .EXAMPLE
    Invoke-GuardianPortCheck -ComputerName gsrv1, adc1, dc1, dc2 -Profile .\site.yaml

    .EXAMPLE
    Invoke-GuardianPortCheck -ComputerName (Get-Content .\machines.txt) -Profile .\site.yaml -WhatIf

    .OUTPUTS
    One object per computer (ComputerName, Status, ExitCode, ResultsFile, Message), then one for
    the merge (ComputerName '(merged)', ExitCode: 0 every required link passes, 1 one fails).
    #>
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true, Position = 0)]
        [string[]] $ComputerName,

        [Parameter(Mandatory = $true)]
        [Alias('Profile')]
        [string] $SiteProfile,

        [string] $ExePath = (Join-Path $PSScriptRoot 'guardian-portcheck.exe'),

        [hashtable] $Role = @{},

        [string] $OutputDirectory = (Join-Path (Get-Location) 'guardian-portcheck-results'),

        [ValidateRange(1, 256)]
        [int] $ThrottleLimit = 8,

        [System.Management.Automation.PSCredential]
        [System.Management.Automation.Credential()]
        $Credential = [System.Management.Automation.PSCredential]::Empty
    )

    $SiteProfile = (Resolve-Path -LiteralPath $SiteProfile -ErrorAction Stop).Path
    $ExePath = (Resolve-Path -LiteralPath $ExePath -ErrorAction Stop).Path
    if (-not (Test-Path -LiteralPath $OutputDirectory)) {
        if ($PSCmdlet.ShouldProcess($OutputDirectory, 'Create the results folder')) {
            New-Item -ItemType Directory -Path $OutputDirectory | Out-Null
        }
    }

    $sessionArgs = @{ ErrorAction = 'Stop' }
    if ($Credential -ne [System.Management.Automation.PSCredential]::Empty) {
        $sessionArgs.Credential = $Credential
    }

    # 1. Sessions and copies, one computer after the other (cheap); failures are listed.
    $ready = @()
    foreach ($computer in $ComputerName) {
        if (-not $PSCmdlet.ShouldProcess($computer, 'Copy guardian-portcheck.exe and the profile, run the check, fetch the results')) {
            continue
        }
        try {
            $session = New-PSSession -ComputerName $computer @sessionArgs
        } catch {
            [pscustomobject]@{ ComputerName = $computer; Status = 'unreachable'; ExitCode = $null
                               ResultsFile = $null; Message = $_.Exception.Message }
            continue
        }
        try {
            $remoteDir = Invoke-Command -Session $session -ErrorAction Stop -ScriptBlock {
                $dir = Join-Path ([System.IO.Path]::GetTempPath()) ('guardian-portcheck.' + [guid]::NewGuid())
                New-Item -ItemType Directory -Path $dir | Out-Null
                $dir
            }
            Copy-Item -LiteralPath $ExePath -Destination (Join-Path $remoteDir 'guardian-portcheck.exe') -ToSession $session -ErrorAction Stop
            Copy-Item -LiteralPath $SiteProfile -Destination (Join-Path $remoteDir 'site.yaml') -ToSession $session -ErrorAction Stop
            $ready += [pscustomobject]@{ ComputerName = $computer; Session = $session; Dir = $remoteDir
                                         Roles = [string]$Role[$computer] }
        } catch {
            Remove-PSSession -Session $session
            [pscustomobject]@{ ComputerName = $computer; Status = 'copy failed'; ExitCode = $null
                               ResultsFile = $null; Message = $_.Exception.Message }
        }
    }
    if ($ready.Count -eq 0) {
        Write-Warning 'No computer could be reached: nothing to merge.'
        return
    }

    # 2. The runs, in parallel, at most -ThrottleLimit at once. Exit 1 (a required link fails) is
    #    a result like exit 0.
    $runCheck = {
        param($Dir, $Roles)
        $arguments = @('run', (Join-Path $Dir 'site.yaml'), '--json', (Join-Path $Dir 'results.json'))
        if ($Roles) { $arguments += @('--as', $Roles) }
        $output = & (Join-Path $Dir 'guardian-portcheck.exe') @arguments 2>&1 | Out-String
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
    }
    foreach ($machine in $ready) {
        while (@($ready | Where-Object { $_.Job -and $_.Job.State -eq 'Running' }).Count -ge $ThrottleLimit) {
            Start-Sleep -Milliseconds 200
        }
        $machine | Add-Member -NotePropertyName Job -NotePropertyValue (
            Invoke-Command -Session $machine.Session -ScriptBlock $runCheck -ArgumentList $machine.Dir, $machine.Roles -AsJob)
    }
    $null = $ready.Job | Wait-Job

    # 3. Fetch each results file, then clean up there.
    $files = @()
    foreach ($machine in $ready) {
        $run = Receive-Job -Job $machine.Job -ErrorAction SilentlyContinue | Select-Object -Last 1
        Remove-Job -Job $machine.Job
        $local = Join-Path $OutputDirectory ($machine.ComputerName + '.results.json')
        $status = 'ok'
        $message = if ($run) { $run.Output.Trim() } else { 'the run did not report back' }
        try {
            if (-not $run -or $run.ExitCode -notin 0, 1) { throw "guardian-portcheck exited with $($run.ExitCode): $message" }
            Copy-Item -FromSession $machine.Session -LiteralPath (Join-Path $machine.Dir 'results.json') -Destination $local -ErrorAction Stop
            $files += $local
        } catch {
            $status = 'run failed'
            $message = $_.Exception.Message
            $local = $null
        } finally {
            Invoke-Command -Session $machine.Session -ScriptBlock { param($Dir) Remove-Item -LiteralPath $Dir -Recurse -Force } -ArgumentList $machine.Dir -ErrorAction SilentlyContinue
            Remove-PSSession -Session $machine.Session
        }
        [pscustomobject]@{ ComputerName = $machine.ComputerName; Status = $status
                           ExitCode = if ($run) { $run.ExitCode } else { $null }
                           ResultsFile = $local; Message = $message }
    }

    # 4. One report from all of them, made here.
    if ($files.Count -eq 0) {
        Write-Warning 'No results came back: nothing to merge.'
        return
    }
    $pdf = Join-Path $OutputDirectory 'site-report.pdf'
    $json = Join-Path $OutputDirectory 'site-results.json'
    $csv = Join-Path $OutputDirectory 'site-firewall-request.csv'
    $mergeOutput = & $ExePath merge @files --pdf $pdf --json $json --csv $csv 2>&1 | Out-String
    [pscustomobject]@{ ComputerName = '(merged)'; Status = if ($LASTEXITCODE -in 0, 1) { 'ok' } else { 'merge failed' }
                       ExitCode = $LASTEXITCODE; ResultsFile = $json; Message = $mergeOutput.Trim() }
}

Export-ModuleMember -Function Invoke-GuardianPortCheck
