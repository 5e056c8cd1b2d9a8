"""A real `sshd` on 127.0.0.1 with its own host and user keys, and `tcpdump` counting the packets
it sends that carry data: what a page flip costs on an SSH link, TCP/IP and SSH framing included.

Needs sshd and tcpdump (Debian: `apt-get install openssh-server tcpdump`) and the right to
capture on the loopback interface (root or CAP_NET_RAW)."""
import getpass
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
import threading
import time

INSTALL_HINT = "apt-get install openssh-server tcpdump"
# Packets with a TCP payload: IP length minus the IP and TCP headers is not zero.
PAYLOAD = "(ip[2:2] - ((ip[0] & 0xf) << 2) - ((tcp[12] & 0xf0) >> 2)) != 0"


def missing_tools():
    """What is missing to run the SSH row, or None."""
    sshd = shutil.which("sshd") or ("/usr/sbin/sshd" if os.path.exists("/usr/sbin/sshd") else None)
    needed = {"sshd": sshd, "ssh": shutil.which("ssh"), "ssh-keygen": shutil.which("ssh-keygen"),
              "tcpdump": shutil.which("tcpdump")}
    absent = [name for name, path in needed.items() if path is None]
    return ", ".join(absent) if absent else None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class SshLoopback:
    """`with SshLoopback() as link:` — sshd and the capture run for the block."""

    def __init__(self):
        self.folder = tempfile.mkdtemp(prefix="dialtone-ssh-")
        self.port = free_port()
        self.sent = 0
        self.processes = []

    def __enter__(self):
        for name in ("host", "user"):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", self._path(name)], check=True)
        shutil.copy(self._path("user.pub"), self._path("authorized_keys"))
        with open(self._path("sshd_config"), "w") as config:
            config.write("\n".join([
                f"Port {self.port}", "ListenAddress 127.0.0.1", f"HostKey {self._path('host')}",
                f"AuthorizedKeysFile {self._path('authorized_keys')}", f"PidFile {self._path('sshd.pid')}",
                "UsePAM no", "StrictModes no", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password", "PrintMotd no", "PrintLastLog no", ""]))
        if os.geteuid() == 0:
            os.makedirs("/run/sshd", mode=0o755, exist_ok=True)  # privilege separation
        sshd = shutil.which("sshd") or "/usr/sbin/sshd"
        self.processes.append(subprocess.Popen([sshd, "-D", "-e", "-f", self._path("sshd_config")],
                                               stdout=subprocess.DEVNULL, stderr=open(self._path("sshd.log"), "w")))
        self._wait_for_port()
        capture = subprocess.Popen(["tcpdump", "-i", "lo", "-n", "-l", "-q", f"tcp and src port {self.port} and {PAYLOAD}"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.processes.append(capture)
        said = [capture.stderr.readline() for _ in range(2)]
        if not any("listening on" in line for line in said):
            raise RuntimeError("tcpdump did not start capturing on lo (it needs root or CAP_NET_RAW): " + " ".join(said).strip())
        threading.Thread(target=self._count, args=(capture.stdout,), daemon=True).start()
        return self

    def __exit__(self, *_):
        for process in reversed(self.processes):
            process.terminate()
            process.wait(timeout=10)
        shutil.rmtree(self.folder, ignore_errors=True)

    def command(self, argv, env):
        """An `ssh -tt` command line that runs `argv` with `env` on the far side of the link."""
        remote = " ".join(["env"] + [shlex.quote(f"{k}={v}") for k, v in env.items()] + [shlex.quote(a) for a in argv])
        return ["ssh", "-tt", "-p", str(self.port), "-i", self._path("user"), "-o", "BatchMode=yes",
                "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR",
                f"{getpass.getuser()}@127.0.0.1", remote]

    def packets(self, settle=0.3):
        """Data packets sshd has sent so far, read once the capture has caught up."""
        time.sleep(settle)
        return self.sent

    def _count(self, lines):
        for _ in lines:
            self.sent += 1

    def _wait_for_port(self):
        deadline = time.time() + 10
        while time.time() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError("sshd did not listen: " + open(self._path("sshd.log")).read()[-300:])

    def _path(self, name):
        return os.path.join(self.folder, name)
