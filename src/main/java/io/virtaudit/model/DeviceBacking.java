package io.virtaudit.model;

/** What a VM's device is attached to: an image, a device of the host or of the console user's machine, a file, a pipe, a network service, or nothing. */
public enum DeviceBacking implements Wire {
    ISO, HOST_DEVICE, CLIENT_DEVICE, FILE, PIPE, NETWORK, NONE, OTHER;

    @Override
    public String wireName() {
        return Wire.of(this);
    }
}
